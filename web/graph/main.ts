console.log('graph')
